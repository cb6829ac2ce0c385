/**
 * Elementary functions that give the same bits on every JavaScript engine. `Math.exp`, `Math.log`,
 * `Math.sin`, ... are implementation-defined: Node 20's V8 and Chromium 156 disagree in the last
 * bit on about one input in ten (measured by the browser lab), which would make a run's series
 * hash depend on where it ran. These are stdlib-js's plain-JavaScript ports of FreeBSD's msun
 * (fdlibm) routines: only IEEE-754 arithmetic, so identical everywhere. Models and the engine use
 * them instead of `Math.*` and of `**` with an exponent other than 2 (enforced by a test);
 * `Math.sqrt`, `Math.abs`, `Math.floor`, `Math.min`/`max` and `x ** 2` (x * x) are exactly
 * specified and stay.
 */
import cos from "@stdlib/math-base-special-cos";
import exp from "@stdlib/math-base-special-exp";
import log from "@stdlib/math-base-special-ln";
import log1p from "@stdlib/math-base-special-log1p";
import pow from "@stdlib/math-base-special-pow";
import sin from "@stdlib/math-base-special-sin";

export { cos, exp, log, log1p, pow, sin };
