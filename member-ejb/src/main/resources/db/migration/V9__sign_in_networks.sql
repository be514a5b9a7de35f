-- Issue 11: staff sign in only from networks (and, where required, devices) the company approved.
-- Each row lets one role sign in from one network (CIDR); an account needs every one of its roles allowed at its
-- address. A role without rows lets nobody in (ADMIN: only from the set-up networks of the configuration).
CREATE TABLE allowed_network (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    role       VARCHAR(16)  NOT NULL,
    cidr       VARCHAR(49)  NOT NULL,
    label      VARCHAR(100) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    created_by VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_allowed_network (role, cidr)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Registered devices: the SHA-256 fingerprint of each client certificate (mutual TLS ends at the proxy, which
-- passes the fingerprint in a header only it may set). Required at sign-in for the roles member.device.roles names.
CREATE TABLE registered_device (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    fingerprint CHAR(64)     NOT NULL,
    label       VARCHAR(100) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_registered_device (fingerprint)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
