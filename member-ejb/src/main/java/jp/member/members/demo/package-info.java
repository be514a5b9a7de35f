/**
 * Synthetic members for demonstrations and benchmarks: Japanese names with their katakana readings, addresses in
 * real municipalities, mobile numbers and e-mail addresses on reserved example domains, enrolment and consents. They
 * look like a real member base so that search, sorting and imports meet realistic data, yet they are never real
 * people: every value is drawn from small tables of common names and places, and contact data cannot reach anyone.
 * {@code SyntheticMembers} generates them reproducibly, {@code MemberCsv} writes them in the bulk-import format.
 */
package jp.member.members.demo;
