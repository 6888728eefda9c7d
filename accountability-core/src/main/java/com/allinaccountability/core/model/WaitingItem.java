package com.allinaccountability.core.model;


/** A step that waits for someone, with its issue as the host knows it now (key, summary, project). */
public record WaitingItem(WaitingStep step, IssueFacts issue) {}
