import { z } from "zod";

/** Largest total money: every uniform draw is an exact `Rng.int(n)` with n <= 2^32. */
export const MAX_MONEY = 2 ** 32 - 1;

/** Parameters of the `wright` model (Wright 2005, section 3: N = 1000, M = 100000, wages [10, 90]). */
export const wrightParams = z
  .object({
    N: z
      .number()
      .int()
      .min(2)
      .max(2 ** 27)
      .default(1000)
      .describe("Number of actors (Wright 2005 uses 1000)."),
    M: z
      .number()
      .int()
      .min(0)
      .max(MAX_MONEY)
      .default(100000)
      .describe("Total money in coins, conserved; each actor starts with M/N (Wright 2005 uses 100000)."),
    wmin: z.number().int().min(0).default(10).describe("Lowest wage of the wage interval, coins per month."),
    wmax: z.number().int().min(0).default(90).describe("Highest wage of the wage interval, coins per month."),
    burnInYears: z
      .number()
      .int()
      .min(0)
      .default(10)
      .describe("Years discarded before the summary statistics start (the metrics are recorded throughout)."),
  })
  .strict()
  .refine((p) => p.wmin <= p.wmax, { message: "wmin must not exceed wmax", path: ["wmin"] });

export type WrightParams = z.infer<typeof wrightParams>;
