import { z } from "zod";

/**
 * Parameters of model SIM (Godley & Lavoie 2007, *Monetary Economics*, ch. 3). Defaults are the
 * book's: G = 20, theta = 0.2, alpha1 = 0.6, alpha2 = 0.4, W = 1, stocks starting at zero.
 */
export const simParams = z
  .object({
    G: z
      .number()
      .min(0)
      .default(20)
      .describe("Government expenditure per period, Gd (money units); the book's G = 20"),
    theta: z.number().gt(0).max(1).default(0.2).describe("Tax rate on income, theta in (0, 1] (eq. 3.6)"),
    alpha1: z
      .number()
      .min(0)
      .lt(1)
      .default(0.6)
      .describe("Propensity to consume out of disposable income, alpha1 in [0, 1) (eq. 3.7)"),
    alpha2: z
      .number()
      .gt(0)
      .max(1)
      .default(0.4)
      .describe("Propensity to consume out of last period's money wealth, alpha2 in (0, 1] (eq. 3.7)"),
    W: z.number().gt(0).default(1).describe("Wage rate per unit of labour (eq. 3.5, 3.6, 3.11)"),
    H0: z
      .number()
      .min(0)
      .default(0)
      .describe("Initial money stock, Hh(0) = Hs(0); 0 as in the book, 80 = the default steady state"),
    shockPeriod: z
      .number()
      .int()
      .min(0)
      .default(0)
      .describe("First period in which government expenditure is Gshock instead of G (0 = no shock)"),
    Gshock: z
      .number()
      .min(0)
      .default(25)
      .describe("Government expenditure from shockPeriod on (the book's experiment raises G from 20 to 25)"),
  })
  .strict();

export type SimParams = z.output<typeof simParams>;
