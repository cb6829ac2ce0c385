import { describe, expect, it } from "vitest";
import { parseDataText } from "./datafile.ts";
import { UserError } from "./errors.ts";

const errorOf = (text: string, file = "f.yaml"): string => {
  try {
    parseDataText(text, file);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    expect((e as Error).message).not.toContain("\n");
    return (e as Error).message;
  }
  throw new Error("expected a UserError");
};

describe("parseDataText", () => {
  it("parseDataText() reads a .json file as strict JSON: a trailing comma is refused with line:col", () => {
    expect(errorOf('{\n  "model": "goodwin",\n}\n', "s.json")).toBe(
      "s.json:3:1: expected a property name in double quotes (JSON allows no trailing comma) (a .json file must be strict JSON)",
    );
    expect(errorOf("{model: goodwin}", "s.json")).toMatch(/^s\.json:1:2: /);
    expect(errorOf('{"a": 1} // note', "s.json")).toMatch(/^s\.json:1:10: comments are not allowed/);
    expect(parseDataText('{"model": "goodwin", "params": {"nu": 3}}', "s.json").data).toEqual({
      model: "goodwin",
      params: { nu: 3 },
    });
  });

  it("parseDataText() keeps the text it parsed, of a .json file as of a YAML one (a thesis's hash is of it)", () => {
    const json = '{"model": "goodwin"}\n';
    const yaml = "model: goodwin\n";
    expect(parseDataText(json, "s.json").text).toBe(json);
    expect(parseDataText(yaml, "s.yaml").text).toBe(yaml);
  });

  it("parseDataText() locates values of a JSON file by path", () => {
    const df = parseDataText('{\n  "params": {\n    "nu": "x"\n  }\n}', "s.json");
    expect(df.locate(["params", "nu"])).toBe("3:11");
    expect(df.locate(["params", "nu"], true)).toBe("3:5");
    expect(df.locate(["params", "missing"])).toBe("2:13");
  });

  it("parseDataText() refuses __proto__, constructor and prototype as keys anywhere, YAML and JSON", () => {
    expect(errorOf("model: goodwin\nparams:\n  __proto__: {nu: 5}\n")).toBe(
      "f.yaml:3:3: params.__proto__: the key '__proto__' is not allowed (it names a JavaScript object's prototype); remove or rename it",
    );
    expect(errorOf("a: [{b: {constructor: 1}}]\n")).toMatch(
      /^f\.yaml:1:10: a\[0\]\.b\.constructor: the key 'constructor'/,
    );
    expect(errorOf('{"params": {"prototype": 1}}', "s.json")).toMatch(/^s\.json:1:13: params\.prototype: /);
  });

  it("parseDataText() refuses duplicate keys, in YAML and JSON, at the second key", () => {
    expect(errorOf("a: 1\nb: 2\na: 3\n")).toBe("f.yaml:3:1: a: duplicate key 'a'");
    expect(errorOf('{"a": 1, "a": 2}', "s.json")).toBe("s.json:1:10: a: duplicate key 'a'");
    expect(errorOf("1: a\n'1': b\n")).toBe("f.yaml:2:1: 1: duplicate key '1'"); // one key of the object
  });

  it("parseDataText() refuses a key that is not a plain scalar", () => {
    expect(errorOf("? [a, b]\n: 1\n")).toBe(
      "f.yaml:1:3: (root): expected a plain key (a name or number), got a collection",
    );
  });

  it("parseDataText() echoes a key with a newline or ANSI escape on one line", () => {
    expect(errorOf('"x\\n\\e[31m": 1\n"x\\n\\e[31m": 2\n')).toBe(
      "f.yaml:2:1: x\\n\\x1b[31m: duplicate key 'x\\n\\x1b[31m'",
    );
  });
});
