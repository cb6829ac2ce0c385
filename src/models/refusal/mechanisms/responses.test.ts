import { describe, expect, it } from "vitest";
import { RESPONSE } from "../state.ts";
import { automationCost, firmResponse, hireAroundCost } from "./responses.ts";

const INF = Number.POSITIVE_INFINITY;

describe("firm responses (M4)", () => {
  it("firmResponse() picks the cheapest response", () => {
    expect(firmResponse({ wait: 5, concede: 3, automate: 4, hireAround: 6, repression: 7 })).toBe(
      RESPONSE.concede,
    );
    expect(firmResponse({ wait: 5, concede: 9, automate: 4, hireAround: 6, repression: 7 })).toBe(
      RESPONSE.automate,
    );
    expect(firmResponse({ wait: 5, concede: 9, automate: 8, hireAround: 2, repression: 7 })).toBe(
      RESPONSE.hireAround,
    );
    expect(firmResponse({ wait: 5, concede: 9, automate: 8, hireAround: 6, repression: 1 })).toBe(
      RESPONSE.repression,
    );
    expect(firmResponse({ wait: 1, concede: INF, automate: INF, hireAround: INF, repression: INF })).toBe(
      RESPONSE.wait,
    );
  });

  it("firmResponse() never picks an unavailable (infinite) response", () => {
    expect(firmResponse({ wait: 100, concede: INF, automate: INF, hireAround: INF, repression: INF })).toBe(
      RESPONSE.wait,
    );
  });

  it("automationCost() is the value lost scrapping a share of capital early", () => {
    expect(automationCost(1000, 0.05, 0.3)).toBeCloseTo(15, 12);
  });

  it("hireAroundCost() is replacement cost per organised worker, infinite when the pool is too small", () => {
    expect(hireAroundCost(10, 100, 3, 50)).toBe(3000);
    expect(hireAroundCost(10, 100, 3, 5)).toBe(INF);
    expect(hireAroundCost(0, 100, 3, 50)).toBe(INF);
  });
});
