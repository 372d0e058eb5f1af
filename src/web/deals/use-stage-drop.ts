import { type DragEvent, useState } from 'react';

const dragType = 'application/x-abreast-deal';

/** Start dragging a deal card: the card carries the deal's id. */
export function dragDeal(dealId: string) {
  return {
    draggable: true,
    onDragStart: (event: DragEvent) => {
      event.dataTransfer.setData(dragType, dealId);
      event.dataTransfer.effectAllowed = 'move';
    },
  };
}

/** A board column that takes a dropped deal card; `over` while a card hovers it. */
export function useStageDrop(onDrop: (dealId: string) => void) {
  const [over, setOver] = useState(false);
  return {
    over,
    handlers: {
      onDragOver: (event: DragEvent) => {
        if (!event.dataTransfer.types.includes(dragType)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setOver(true);
      },
      onDragLeave: () => setOver(false),
      onDrop: (event: DragEvent) => {
        event.preventDefault();
        setOver(false);
        const dealId = event.dataTransfer.getData(dragType);
        if (dealId) onDrop(dealId);
      },
    },
  };
}
