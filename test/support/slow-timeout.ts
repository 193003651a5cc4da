// The slow project's tests (region-scale books, the pane in Chromium): jest's project config has no
// timeout of its own (only the global one, 60 s), so it is set here for every file of that project.
jest.setTimeout(240_000);
