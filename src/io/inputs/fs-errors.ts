const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ELOOP: 'symbolic link loop',
  ENAMETOOLONG: 'path too long',
  ENOTDIR: 'a part of the path is not a directory',
  EIO: 'input/output error',
  EMFILE: 'too many open files',
};

/** A file-system error in a few words ("no such file", "permission denied", ...). */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  return (code && REASONS[code]) ?? code ?? String((error as Error)?.message ?? error);
}
