import { execute } from './execute.js';
import type { CliIO } from './io.js';

/** The process glue: real streams in, exit code out. */
export async function main(): Promise<void> {
  const io: CliIO = {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    stdinStream: () => process.stdin,
    onInterrupt: (handler) => {
      // First Ctrl-C: the command stops cleanly (summary, exit 130); a second one exits at once.
      const listener = (): void => {
        process.off('SIGINT', listener);
        process.once('SIGINT', () => process.exit(130));
        handler();
      };
      process.on('SIGINT', listener);
      return () => process.off('SIGINT', listener);
    },
    env: process.env,
    cwd: process.cwd(),
  };
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0); // a closed pipe (arner ... | head) ends quietly
    throw error;
  });
  const code = await execute(process.argv.slice(2), io);
  process.exitCode = code;
  // After an interrupt, a read of stdin may still be pending: do not wait for it.
  if (code === 130) process.exit(code);
}
