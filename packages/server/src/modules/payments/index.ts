export { CardCharge, ChargeStatus } from './card-charge.entity.js';
export { chargeCard, voidCharge } from './card-payments.js';
export { checkCard, luhnValid, cardBrand } from './card-rules.js';
export { chargeOutcomeMessage } from './payment-messages.js';
export { paymentProvider, usePaymentProvider, SandboxProvider, SANDBOX_CARDS } from './sandbox-provider.js';
export type { CardDetails, ChargeOutcome, DeclineCode, PaymentProvider } from './provider.js';
export { Payment, PaymentAllocation, PaymentMethodKind } from './payment.entity.js';
