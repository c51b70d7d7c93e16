/**
 * One server for `bench/turn.ts`, in its own process so the load generator does not share its
 * event loop: `wijkwijzer` is the product as composed by src/index.ts; `echo` is a minimal echo bot
 * on the same adapter and the same server factory, the baseline of the comparison.
 */
import { ActivityHandler } from 'botbuilder';
import { botEndpointAccess, botRoutes } from '../src/bot/botRoutes.js';
import { createAzureChannelAdapter } from '../src/bot/cloudAdapter.js';
import { loadConfig } from '../src/config.js';
import { composeApp } from '../src/index.js';
import { createServer } from '../src/server.js';
import { InFlight } from '../src/shared/inFlight.js';
import { createLogger } from '../src/shared/logger.js';

const [target, port, dataDir] = process.argv.slice(2);
// Turns slower than half a second let botbuilder's typing indicator fire after the turn ended and
// reject outside any turn (the typing-indicator crash, docs/adr/0015): count it, keep measuring.
let lateTypingFailures = 0;
process.on('unhandledRejection', () => {
  lateTypingFailures += 1;
});
process.on('exit', () => {
  if (lateTypingFailures > 0) {
    process.stderr.write(`turn server: ${lateTypingFailures} late typing indicator failures\n`);
  }
});
const config = loadConfig({ ...process.env, PORT: port, DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
const logger = createLogger({ level: 'silent' });

if (target === 'echo') {
  const echo = new ActivityHandler();
  echo.onMessage(async (context, next) => {
    await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
    await next();
  });
  const server = createServer({
    config,
    logger,
    readiness: [],
    routes: [
      botRoutes({
        adapter: createAzureChannelAdapter(config.botFramework),
        logic: (context) => echo.run(context),
        inFlight: new InFlight(),
        access: botEndpointAccess(config),
        maxMessageChars: config.webchat.maxMessageChars,
      }),
    ],
    isShuttingDown: () => false,
  });
  server.listen(config.server.port, config.server.host, () => process.stdout.write('ready\n'));
} else {
  const app = await composeApp(config, logger);
  await app.start();
  process.stdout.write('ready\n');
  process.on('SIGTERM', () => {
    app.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
