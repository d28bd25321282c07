package eu.oppose.web.entity;

import java.util.List;

/**
 * One row of a group (an account, a data item): its fields under a legend such as "Data item 3", whose number
 * is marked so the page's script can number a row it adds.
 *
 * @param legendBefore the legend's text before the number
 * @param number       counting from 1; empty in the template of a new row
 */
public record FieldRow(String legendBefore, String number, String legendAfter, List<Field> fields) {
}
