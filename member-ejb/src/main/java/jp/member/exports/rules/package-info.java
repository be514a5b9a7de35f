/**
 * The export's rules in plain Java: what may be asked for (columns, filter, purpose, recipient), how the request is
 * validated and how rows become formula-safe CSV. No container, no database: unit-tested on their own.
 */
package jp.member.exports.rules;
