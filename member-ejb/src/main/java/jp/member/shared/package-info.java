/** The few types every capability shares: the business exception family and persistence converters. */
package jp.member.shared;
