/** The stationary state of model SIM for a given fiscal policy (G, theta). */
export interface SimSteadyState {
  /** Output Y* = G / theta. */
  Y: number;
  /** Taxes T* = theta · Y* = G (the budget is balanced). */
  T: number;
  /** Disposable income YD* = (1 − theta) · G / theta. */
  YD: number;
  /** Consumption C* = YD* (households no longer save). */
  C: number;
  /** Money stock H* = alpha3 · YD*, alpha3 = (1 − alpha1) / alpha2. */
  H: number;
  /** Employment N* = Y* / W. */
  N: number;
}

/**
 * Steady state of model SIM (Godley & Lavoie 2007, ch. 3, the steady state):
 * the money stock stops changing when G = T = theta · Y, hence Y* = G / theta, the "fiscal stance";
 * households then consume all their disposable income, and eq. 3.7 with C = YD gives the target
 * wealth-to-income ratio alpha3 = (1 − alpha1) / alpha2, so H* = alpha3 · YD*.
 */
export function steadyState(
  G: number,
  theta: number,
  alpha1: number,
  alpha2: number,
  W: number,
): SimSteadyState {
  const Y = G / theta;
  const YD = (1 - theta) * Y;
  return { Y, T: theta * Y, YD, C: YD, H: ((1 - alpha1) / alpha2) * YD, N: Y / W };
}
