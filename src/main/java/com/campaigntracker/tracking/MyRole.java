package com.campaigntracker.tracking;

/** Why a task is on my list: I do it (R), accept it (A), am consulted (C) or kept informed (I). */
public enum MyRole {
    R, A, C, I
}
