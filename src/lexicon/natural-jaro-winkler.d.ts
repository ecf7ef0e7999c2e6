/** Types of the one submodule of `natural` arner uses (importing `natural` whole is slow and prints to stdout). */
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  export default function JaroWinklerDistance(s1: string, s2: string, options?: { ignoreCase?: boolean; dj?: number }): number;
}
