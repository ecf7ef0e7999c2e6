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
    env: process.env,
    cwd: process.cwd(),
  };
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0); // a closed pipe (arner ... | head) ends quietly
    throw error;
  });
  process.exitCode = await execute(process.argv.slice(2), io);
}
