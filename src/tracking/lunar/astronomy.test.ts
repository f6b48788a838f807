import { describe, expect, it } from "vitest";
import { deltaT, newMoonJde, sunLongitude, sunLongitudeLowAccuracy, yearOfJulianDay } from "./astronomy.js";

const utcOf = (jde: number) => new Date((jde - deltaT(yearOfJulianDay(jde)) / 86400 - 2440587.5) * 86_400_000);
const jdOf = (iso: string) => Date.parse(iso) / 86_400_000 + 2440587.5;

/** The instant (JDE) the sun reaches `longitude`, by Newton steps from a guess. */
function sunAt(longitude: number, guess: number): number {
  let jde = guess;
  for (let i = 0; i < 20; i++) jde += ((((longitude - sunLongitude(jde)) % 360) + 540) % 360 - 180) / 0.9856;
  return jde;
}

describe("astronomy after Meeus", () => {
  it("finds the new moon of Meeus's example 49.a (k = −283, February 1977)", () => {
    expect(newMoonJde(-283)).toBeCloseTo(2443192.65118, 5);
  });

  it("finds the sun's apparent longitude of example 25.b (1992 October 13.0 TD: 199°54′21.8″)", () => {
    expect(sunLongitude(2448908.5)).toBeCloseTo(199 + 54 / 60 + 21.8 / 3600, 3);
    expect(sunLongitudeLowAccuracy(2448908.5)).toBeCloseTo(199.90895, 4);
  });

  it.each([
    ["2000-01-06T18:14Z", 0],
    ["1968-01-29T16:29Z", -395], // Tết Mậu Thân: 29/1 in UTC+7, 30/1 in UTC+8
    ["2007-02-17T16:14Z", 88], // Tết Đinh Hợi: 23:14 on 17/2 in Việt Nam, 00:14 on 18/2 in China
    ["2024-02-09T22:59Z", 298],
  ])("puts the new moon of %s within a minute (k = %i)", (instant, k) => {
    expect(Math.abs(utcOf(newMoonJde(k)).getTime() - Date.parse(instant))).toBeLessThan(60_000);
  });

  it.each([
    ["1999-12-22T07:44Z", 270],
    ["2000-03-20T07:35Z", 0],
    ["2012-12-21T11:12Z", 270],
    ["2020-12-21T10:02Z", 270],
    ["2024-06-20T20:51Z", 90],
    ["2024-12-21T09:20Z", 270],
  ])("puts the solstice or equinox of %s within a minute (sun at %i°)", (instant, longitude) => {
    const found = utcOf(sunAt(longitude, jdOf(instant)));
    expect(Math.abs(found.getTime() - Date.parse(instant))).toBeLessThan(60_000);
  });

  it("agrees with the low-accuracy formula to its stated ±0.01° over the table's years", () => {
    for (let jde = jdOf("1899-01-01T00:00Z"); jde < jdOf("2201-01-01T00:00Z"); jde += 97.3) {
      const difference = ((sunLongitude(jde) - sunLongitudeLowAccuracy(jde) + 540) % 360) - 180;
      expect(Math.abs(difference)).toBeLessThan(0.012);
    }
  });
});
