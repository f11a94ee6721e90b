package org.advocacy.devstack.process;

/**
 * A line of Linux's {@code /proc/<pid>/stat} or {@code /proc/<pid>/task/<tid>/stat}: the command name
 * (field 2) may hold spaces and parentheses, so the other fields are counted from its closing one.
 */
public record ProcStat(String name, String[] fieldsAfterName) {

    public static ProcStat parse(String stat) {
        int close = stat.lastIndexOf(')');
        return new ProcStat(stat.substring(stat.indexOf('(') + 1, close), stat.substring(close + 2).split(" "));
    }

    /** Field {@code number} as {@code proc(5)} counts them, from 1; fields 1 and 2 are the id and the name. */
    public long field(int number) {
        return Long.parseLong(fieldsAfterName[number - 3]);
    }
}
