package io.redress.plugin.api;

/** Where a complaint came in. {@code REGULATOR}: referred by a regulator, who is therefore already involved. */
public enum Channel {
    PHONE, EMAIL, WEB, CHAT, FORUM, WHATSAPP, LINE, MESSENGER, OFFLINE_PARTNER, REGULATOR
}
