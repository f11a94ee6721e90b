package org.advocacy.devstack.drill;

/** A fault drill: takes a part of the running platform away under load, brings it back, and measures what happened to the work. */
interface Drill {

    String name();

    Figures run(DrilledPlatform platform) throws Exception;
}
