package dk.trekant.targeted.meeting;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface JointMeetingRepository extends JpaRepository<JointMeeting, UUID> {

    boolean existsBySchoolIdAndMeetingDate(UUID schoolId, LocalDate meetingDate);

    Optional<JointMeeting> findByBusinessKey(String businessKey);
}
