/**
 * The e2e suite's mail sink: the API sends its mail here (SMTP on the first argument's port), and
 * tests and the web app's /dev/mail read it as JSON (the second argument's port). Runs until
 * SIGTERM or SIGINT.
 */
import { startMailSink } from "@tracemark/testkit";

const sink = await startMailSink({ smtpPort: Number(process.argv[2]), httpPort: Number(process.argv[3]) });
console.log(`mail sink ready: ${sink.smtpUrl}, ${sink.httpUrl}`);
const shutdown = async () => {
  await sink.stop();
  process.exit(0);
};
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
