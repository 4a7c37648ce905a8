package io.frontline.events;

import io.frontline.contract.EventStoreContract;
import io.frontline.testing.MemoryEventStore;

class MemoryEventStoreTest extends EventStoreContract<MemoryEventStore> {
  @Override
  protected MemoryEventStore newStore() {
    return new MemoryEventStore();
  }
}
