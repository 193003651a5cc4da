/** The pane and the ribbon translate Office errors with one function (src/app/plain-error.ts). */
export { plainError } from '../app/plain-error';
