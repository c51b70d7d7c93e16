import { casesCommand } from './casesCommand.js';
import type { Command } from './command.js';
import { insightsCommand } from './insightsCommand.js';
import { knowledgeCommand } from './knowledgeCommand.js';
import { searchCommand } from './searchCommand.js';
import { storageCommand } from './storageCommand.js';
import { teamsCommand } from './teamsCommand.js';

/**
 * Every subcommand of `wijkwijzer`. A new subcommand is one module in src/cli/ and one line here.
 */
export const commands: readonly Command[] = [
  teamsCommand,
  casesCommand,
  searchCommand,
  knowledgeCommand,
  insightsCommand,
  storageCommand,
];
