// Bootstrap of a worker thread: registers tsx so that the TypeScript worker runs as it is.
import { register } from "tsx/esm/api";

register();
const mod = await import("./worker.ts");
export default mod.default;
