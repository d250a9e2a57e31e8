package io.eventwire.extract.model;

/** Whether the event already happened or was announced for the future. */
public enum EventStatus { OCCURRED, PLANNED }
