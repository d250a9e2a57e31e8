package io.eventwire.extract.model;

/** How a reported count relates to the true figure ("at least 8" is AT_LEAST 8). */
public enum Qualifier { EXACT, AT_LEAST, MORE_THAN, ABOUT, AT_MOST }
