import { z } from "zod";

/** Largest population accepted (typed arrays of this length stay well within memory). */
export const MAX_POPULATION = 10_000_000;

/**
 * Parameters of the Granovetter (1978) threshold model. Thresholds are absolute counts of other
 * participants (see README): a person with threshold x joins once at least x others take part.
 */
export const thresholdParams = z
  .object({
    N: z
      .number()
      .int()
      .min(1)
      .max(MAX_POPULATION)
      .default(100)
      .describe("Population size (ignored when distribution = 'list': the list is the population)"),
    distribution: z
      .enum(["normal", "uniform", "list"])
      .default("normal")
      .describe("How thresholds are set: drawn from a normal or a uniform distribution, or given as a list"),
    mean: z
      .number()
      .finite()
      .default(25)
      .describe("Mean of the normal thresholds, in persons (Granovetter's example: 25 of 100)"),
    sd: z
      .number()
      .finite()
      .min(0)
      .default(10)
      .describe("Standard deviation of the normal thresholds, in persons"),
    min: z.number().finite().default(0).describe("Lower end of the uniform thresholds, in persons"),
    max: z
      .number()
      .finite()
      .default(100)
      .describe("Upper end (exclusive) of the uniform thresholds, in persons"),
    thresholds: z
      .array(z.number().finite())
      .max(MAX_POPULATION)
      .default([])
      .describe("Thresholds of each person when distribution = 'list' (e.g. 0, 1, ..., 99)"),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.distribution === "list" && p.thresholds.length === 0)
      ctx.addIssue({
        code: "custom",
        path: ["thresholds"],
        message: "distribution 'list' needs at least one threshold",
      });
    if (p.distribution === "uniform" && !(p.min <= p.max))
      ctx.addIssue({ code: "custom", path: ["max"], message: "uniform thresholds need min <= max" });
  });

export type ThresholdParams = z.output<typeof thresholdParams>;
