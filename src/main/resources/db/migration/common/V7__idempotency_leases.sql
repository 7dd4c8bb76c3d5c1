-- Crash-safe Idempotency-Key claims. A request that runs under a key holds its claim with a token of its own
-- until a lease runs out; a claim whose lease lapsed without a stored response belongs to a request that died
-- (kill -9, lost connection), and the next retry takes it over. Claims left by older versions count as lapsed.
alter table idempotency_record add column claim_token uuid;
alter table idempotency_record add column leased_until timestamp with time zone;
update idempotency_record set leased_until = created_at where status is null;
