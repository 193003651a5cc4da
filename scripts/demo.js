#!/usr/bin/env node
// Runs the main job on the bundled sample workbooks (replaced by the real demo once the CLI lands).
'use strict';
console.log('Демо ещё не готово: командная строка появится в следующем выпуске (not yet).');
