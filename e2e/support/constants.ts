export const E2E_ADMIN_EMAIL = 'admin@e2e.example';
export const E2E_ADMIN_PASSWORD = 'lighthouse keeper at dawn';
