/** Settings read through MicroProfile Config, and the nation templates shipped in the config module. */
package org.microcare.infrastructure.config;
