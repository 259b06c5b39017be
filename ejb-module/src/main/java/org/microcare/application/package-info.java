/**
 * Application services: the use cases of operators, council staff and start-up jobs. They own
 * transactions; council services are {@code @TenantTransactional}.
 */
package org.microcare.application;
