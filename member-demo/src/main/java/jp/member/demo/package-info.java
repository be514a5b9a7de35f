/**
 * Demo data only — never reachable from the product (an architecture test says so): synthetic members (Japanese
 * names with their katakana readings, addresses in real municipalities, contact data on reserved example domains;
 * never real people), {@code SyntheticMembers} generating them reproducibly and {@code MemberCsv} writing them in
 * the bulk-import format; in demo mode the demo members and their point history ({@code DemoMembers}, {@code
 * DemoPoints}), the demo staff and API clients ({@code DemoStaff}) with second factors derived from their usernames
 * ({@code DemoSecondFactor}), shown on the sign-in page through {@code staff.boundary.SignInHints}.
 *
 * <p>May use: every feature. Used by nobody in the product; the run profile, the tests and the benchmarks use it.
 */
package jp.member.demo;
