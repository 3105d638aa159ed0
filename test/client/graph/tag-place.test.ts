import { describe, expect, it } from "vitest";
import { ordinal, tagPlace } from "../../../src/client/graph/tag-place";

describe("tag place", () => {
  it("writes ordinals in English", () => {
    expect(
      [1, 2, 3, 4, 10, 11, 12, 13, 14, 21, 22, 23, 101, 111, 112].map(ordinal),
    ).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "10th",
      "11th",
      "12th",
      "13th",
      "14th",
      "21st",
      "22nd",
      "23rd",
      "101st",
      "111th",
      "112th",
    ]);
  });

  it("says where a concept stands among a paper’s tags, whose tags they are, and nothing when unknown", () => {
    expect(tagPlace(1, 6, "paper")).toBe("1st of 6 tags");
    expect(tagPlace(3, 6, "listed")).toBe("3rd of its 6 tags");
    expect(tagPlace(1, 1, "paper")).toBe("Only tag");
    expect(tagPlace(1, 1, "listed")).toBe("Its only tag");
    // A list length the data lacks (0) or that is shorter than the place: the place alone.
    expect(tagPlace(2, 0, "paper")).toBe("2nd tag");
    expect(tagPlace(0, 6, "paper")).toBe("");
  });
});
