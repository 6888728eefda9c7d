/**
 * The Active Objects entities of the store. Callers outside this module never see them: {@link
 * com.allinaccountability.ao.AoRecordStore} maps them to the core's records.
 *
 * <p>Naming: every table has a short explicit {@code @Table} name and every column a short name, so that with the
 * {@code AO_xxxxxx_} prefix Jira derives from the plugin's {@code <ao>} namespace every identifier stays within
 * Oracle's 30 characters. Column names are constants on each entity because queries name them. Texts that users write
 * are {@link net.java.ao.schema.StringLength#UNLIMITED}; their limits live in the core.
 *
 * <p>Value conventions, the same in every table: an {@link java.time.Instant} is a {@code long} of nanoseconds since
 * 1970-01-01T00:00Z (lossless, and ordered); a {@link java.time.LocalDate} is its ISO text {@code yyyy-MM-dd}; an enum
 * is its constant's name; an empty text is stored as {@code NULL} (Oracle cannot tell them apart) and read back as
 * empty. Children point at their issue by {@code ISSUE_ID} (indexed), not by a foreign key, so that one indexed query
 * per table loads a record and one {@code IN} list per table loads a page of records.
 *
 * <p>Never rename or drop a column in place: change the schema with an upgrade task.
 */
package com.allinaccountability.ao.entity;
