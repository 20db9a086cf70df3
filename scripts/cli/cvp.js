#!/usr/bin/env node
// Launcher for `npx cvp …` (package.json "bin"): registers tsx's CommonJS loader, then runs the TypeScript entry point.
'use strict';
require('tsx/cjs/api').register();
require('./cvp.ts');
