import { z } from "zod";

/** Parameters of the `boltzmann` model. */
export const boltzmannParams = z
  .object({
    N: z
      .number()
      .int()
      .min(1)
      .max(2 ** 28)
      .default(1000)
      .describe("Number of agents; each starts with wealth 1, so the total wealth is N."),
  })
  .strict();

export type BoltzmannParams = z.infer<typeof boltzmannParams>;
