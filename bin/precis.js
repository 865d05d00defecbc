#!/usr/bin/env node
// Loads the built CLI; `npm install` builds it (the `prepare` script).
import '../dist/cli/bin.js';
