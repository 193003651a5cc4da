import { expose } from 'comlink';
import { PaneWorkerApi } from './pane-worker-api';

/** The worker's entry: one API object, reached from the page through comlink. */
expose(new PaneWorkerApi());
