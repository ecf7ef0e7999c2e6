/**
 * A small glob matcher for --include patterns, on "/"-separated relative paths:
 * `*` any characters but "/", `?` one character but "/", `**` any number of path segments,
 * `[abc]` / `[!abc]` character classes, `{a,b}` alternatives. Dot files are matched like any other
 * name. A pattern without "/" matches the file name at any depth (`*.html` matches `a/b/c.html`).
 *
 * (Node 20's path.matchesGlob prints an experimental warning on stderr, and picomatch is not a
 * dependency of ours; this is all --include needs.)
 */
export function globMatcher(patterns: readonly string[]): (relativePath: string) => boolean {
  const compiled = patterns.map((pattern) => ({ regex: globToRegExp(pattern), basename: !pattern.includes('/') }));
  return (relativePath) => {
    const name = relativePath.slice(relativePath.lastIndexOf('/') + 1);
    return compiled.some(({ regex, basename }) => regex.test(basename ? name : relativePath));
  };
}

export function globToRegExp(pattern: string): RegExp {
  let source = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const segmentStart = i === 0 || pattern[i - 1] === '/';
        const segmentEnd = i + 2 === pattern.length || pattern[i + 2] === '/';
        if (segmentStart && segmentEnd) {
          // "**/" matches zero or more whole segments; a final "**" matches everything below.
          source += i + 2 === pattern.length ? '.*' : '(?:[^/]*/)*';
          i += 2;
          continue;
        }
      }
      source += '[^/]*';
    } else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) source += '\\[';
      else {
        let body = pattern.slice(i + 1, close);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        source += `[${body.replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else if (c === '{') {
      braces++;
      source += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      source += ')';
    } else if (c === ',' && braces > 0) source += '|';
    else if (c === '\\' && i + 1 < pattern.length) source += escapeRegExp(pattern[++i]!);
    else source += escapeRegExp(c);
  }
  source += ')'.repeat(braces);
  return new RegExp(`^${source}$`, 'u');
}

function escapeRegExp(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}
