package jp.member.demo;

import java.util.List;

/**
 * A municipality or ward with what an address there needs: its prefecture, the first two digits its postal codes
 * start with, and the codes of the stores a member of that prefecture enrols in.
 */
record Place(String prefectureCode, String city, int postalFrom, int postalTo, List<String> storeCodes) {}
