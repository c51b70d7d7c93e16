import { normalise } from '../../src/safety/normalise.js';
import { keepsCheck, wishesNotToBe } from '../../src/safety/everydayGate.js';
for (const t of process.argv.slice(2)) console.log(normalise(t), '| keeps', keepsCheck(normalise(t)), 'wish', wishesNotToBe(normalise(t)));
