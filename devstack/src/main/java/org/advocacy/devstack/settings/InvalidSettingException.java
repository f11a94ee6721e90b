package org.advocacy.devstack.settings;

/** A setting from the environment that devstack cannot use; its message is meant for the user as is. */
public class InvalidSettingException extends RuntimeException {

    public InvalidSettingException(String message) {
        super(message);
    }
}
