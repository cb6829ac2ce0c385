/** The software version every stored experiment and registration records. */
export const SOFTWARE_VERSION = "refusal 0.1.0";
