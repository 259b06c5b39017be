/**
 * The council's public directory (no sign-in): search with filters, a printable profile with what the
 * council checked, and a shortlist of profiles printed in one go. Read only through
 * {@link org.microcare.application.DirectoryService}, whose types carry public fields only.
 */
package org.microcare.interfaces.council.web.directory;
