package org.advocacy.petition.petition;

import java.time.Clock;
import java.util.List;

import org.advocacy.conventions.problem.NotFound;
import org.advocacy.contracts.Topics;
import org.advocacy.contracts.petitions.PetitionClosed;
import org.advocacy.contracts.petitions.PetitionCreated;
import org.advocacy.contracts.petitions.PetitionOpened;
import org.advocacy.messaging.outbox.AggregateStore;
import org.advocacy.messaging.outbox.OutgoingMessage;
import org.springframework.stereotype.Service;

/** Drafts, revises, opens, closes and delivers petitions: load, let the petition decide, store it with what it raised. */
@Service
class PetitionService {

    private final Petitions petitions;
    private final AggregateStore store;
    private final Clock clock;
    private final RecentPetitions recent;

    PetitionService(Petitions petitions, AggregateStore store, Clock clock, RecentPetitions recent) {
        this.petitions = petitions;
        this.store = store;
        this.clock = clock;
        this.recent = recent;
    }

    Petition draft(PetitionRequest request) {
        Petition.Drafted drafted = Petition.draft(request.campaign(), request.title(), request.summary(), request.text(),
                request.target().strip(), request.goal(), request.deadline(), request.toMirrors(), clock.instant());
        Petition petition = drafted.petition();
        petition.link(request.caseIds(), request.eventIds());
        return store.save(petition, List.of(
                new OutgoingMessage(Topics.PETITIONS, PetitionCreated.TYPE, petition.id(), drafted.created())));
    }

    Petition open(String id) {
        Petition petition = load(id);
        PetitionOpened opened = petition.open(clock.instant());
        return saved(store.save(petition, List.of(new OutgoingMessage(Topics.PETITIONS, PetitionOpened.TYPE, id, opened))));
    }

    Petition close(String id) {
        Petition petition = load(id);
        PetitionClosed closed = petition.close(clock.instant());
        return saved(store.save(petition, List.of(new OutgoingMessage(Topics.PETITIONS, PetitionClosed.TYPE, id, closed))));
    }

    Petition revise(String id, PetitionRequest request) {
        Petition petition = load(id);
        petition.revise(request.campaign(), request.title(), request.summary(), request.text(), request.target().strip(),
                request.goal(), request.deadline(), request.toMirrors());
        petition.link(request.caseIds(), request.eventIds());
        return saved(store.save(petition, List.of()));
    }

    Petition markDelivered(String id) {
        Petition petition = load(id);
        petition.markDelivered();
        return saved(store.save(petition, List.of()));
    }

    /** This instance's readers see the change at once. */
    private Petition saved(Petition petition) {
        recent.forget(petition.id());
        return petition;
    }

    private Petition load(String id) {
        return petitions.findById(id).orElseThrow(() -> new NotFound("Petition", id));
    }
}
